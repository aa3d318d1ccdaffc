package io.loginwatch.findings;

import org.springframework.data.jpa.repository.JpaRepository;

interface SuppressionRuleRepository extends JpaRepository<SuppressionRule, Long> {}
