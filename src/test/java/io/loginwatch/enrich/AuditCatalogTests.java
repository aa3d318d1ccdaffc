package io.loginwatch.enrich;

import static io.loginwatch.shared.AuditCategory.CREDENTIAL_CREATED;
import static io.loginwatch.shared.AuditCategory.DATA_ACCESS;
import static io.loginwatch.shared.AuditCategory.IAM_CHANGE;
import static io.loginwatch.shared.AuditCategory.LOGGING_DISABLED;
import static io.loginwatch.shared.AuditCategory.MAIL_RULE;
import static io.loginwatch.shared.AuditCategory.NETWORK_EXPOSURE;
import static io.loginwatch.shared.AuditCategory.OTHER;
import static io.loginwatch.shared.AuditCategory.PRIVILEGE_GRANTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.loginwatch.enrich.AuditCatalog.Classification;
import io.loginwatch.enrich.AuditCatalog.Row;
import io.loginwatch.shared.AuditCategory;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditCatalogTests {

    private final AuditCatalog catalog = AuditCatalog.builtIn();

    @ParameterizedTest(name = "{0} {1} -> {2} sensitive={3}")
    @CsvSource(delimiter = '|', textBlock = """
            aws-cloudtrail   | CreateAccessKey                                                            | CREDENTIAL_CREATED | true
            aws-cloudtrail   | AttachUserPolicy                                                           | PRIVILEGE_GRANTED  | true
            aws-cloudtrail   | DeactivateMFADevice                                                        | IAM_CHANGE         | true
            aws-cloudtrail   | AssumeRoleWithSAML                                                         | OTHER              | false
            entra            | Add member to role                                                         | PRIVILEGE_GRANTED  | true
            entra            | Reset user password                                                        | CREDENTIAL_CREATED | true
            google-workspace | ASSIGN_ROLE                                                                | PRIVILEGE_GRANTED  | true
            google-workspace | CHANGE_PASSWORD                                                            | CREDENTIAL_CREATED | true
            google-workspace | UNENROLL_USER_FROM_STRONG_AUTH                                             | IAM_CHANGE         | true
            gcp-audit        | SetIamPolicy                                                               | PRIVILEGE_GRANTED  | true
            gcp-audit        | google.iam.admin.v1.CreateServiceAccountKey                                | CREDENTIAL_CREATED | true
            gcp-audit        | v1.compute.instances.insert                                                | OTHER              | false
            gcp-audit        | google.cloud.secretmanager.v1.SecretManagerService.AccessSecretVersion     | DATA_ACCESS        | true
            gcp-audit        | v1.compute.instances.setMetadata                                           | CREDENTIAL_CREATED | true
            ocsf             | AssumeRoleWithSAML                                                         | OTHER              | false
            ocsf             | CreateAccessKey                                                            | CREDENTIAL_CREATED | true
            ocsf             | AttachUserPolicy                                                           | PRIVILEGE_GRANTED  | true
            """)
    void classifiesTheActionsOfTheSharedFixtures(
            String source, String action, AuditCategory category, boolean sensitive) {
        assertClassified(source, action, category, sensitive);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} sensitive={3}")
    @CsvSource(delimiter = '|', textBlock = """
            aws-cloudtrail | CreateAccessKey                 | CREDENTIAL_CREATED | true
            aws-cloudtrail | CreateLoginProfile              | CREDENTIAL_CREATED | true
            aws-cloudtrail | UpdateLoginProfile              | CREDENTIAL_CREATED | true
            aws-cloudtrail | CreateVirtualMFADevice          | CREDENTIAL_CREATED | true
            aws-cloudtrail | CreateUser                      | IAM_CHANGE         | true
            aws-cloudtrail | CreateRole                      | IAM_CHANGE         | true
            aws-cloudtrail | UpdateAssumeRolePolicy          | IAM_CHANGE         | true
            aws-cloudtrail | DeleteVirtualMFADevice          | IAM_CHANGE         | true
            aws-cloudtrail | DeleteUser                      | IAM_CHANGE         | false
            aws-cloudtrail | AttachRolePolicy                | PRIVILEGE_GRANTED  | true
            aws-cloudtrail | PutUserPolicy                   | PRIVILEGE_GRANTED  | true
            aws-cloudtrail | PutRolePolicy                   | PRIVILEGE_GRANTED  | true
            aws-cloudtrail | AddUserToGroup                  | PRIVILEGE_GRANTED  | true
            aws-cloudtrail | StopLogging                     | LOGGING_DISABLED   | true
            aws-cloudtrail | DeleteTrail                     | LOGGING_DISABLED   | true
            aws-cloudtrail | UpdateTrail                     | LOGGING_DISABLED   | true
            aws-cloudtrail | PutBucketPolicy                 | NETWORK_EXPOSURE   | true
            aws-cloudtrail | PutBucketAcl                    | NETWORK_EXPOSURE   | true
            aws-cloudtrail | AuthorizeSecurityGroupIngress   | NETWORK_EXPOSURE   | true
            aws-cloudtrail | ModifyInstanceAttribute         | NETWORK_EXPOSURE   | true
            aws-cloudtrail | GetSecretValue                  | DATA_ACCESS        | true
            aws-cloudtrail | GetObject                       | DATA_ACCESS        | false
            aws-cloudtrail | DescribeInstances               | OTHER              | false
            """)
    void classifiesAwsManagementActions(String source, String action, AuditCategory category, boolean sensitive) {
        assertClassified(source, action, category, sensitive);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} sensitive={3}")
    @CsvSource(delimiter = '|', textBlock = """
            entra | Add member to role                                         | PRIVILEGE_GRANTED  | true
            entra | Add app role assignment to service principal               | PRIVILEGE_GRANTED  | true
            entra | Consent to application                                     | PRIVILEGE_GRANTED  | true
            entra | Add service principal credentials                          | CREDENTIAL_CREATED | true
            entra | Update application - Certificates and secrets management   | CREDENTIAL_CREATED | true
            entra | Reset user password                                        | CREDENTIAL_CREATED | true
            entra | Change password (self-service)                             | CREDENTIAL_CREATED | false
            entra | Disable Strong Authentication                              | IAM_CHANGE         | true
            entra | Add device                                                 | IAM_CHANGE         | true
            entra | Add user                                                   | IAM_CHANGE         | true
            entra | Update user                                                | IAM_CHANGE         | false
            entra | New-InboxRule                                              | MAIL_RULE          | true
            entra | Set-InboxRule                                              | MAIL_RULE          | true
            entra | Set-Mailbox                                                | MAIL_RULE          | true
            entra | MailItemsAccessed                                          | DATA_ACCESS        | false
            entra | Add named location                                         | NETWORK_EXPOSURE   | true
            entra | Set-AdminAuditLogConfig                                    | LOGGING_DISABLED   | true
            """)
    void classifiesEntraAndMicrosoft365Activities(
            String source, String action, AuditCategory category, boolean sensitive) {
        assertClassified(source, action, category, sensitive);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} sensitive={3}")
    @CsvSource(delimiter = '|', textBlock = """
            okta | user.account.privilege.grant           | PRIVILEGE_GRANTED  | true
            okta | application.user_membership.add        | PRIVILEGE_GRANTED  | true
            okta | group.user_membership.add              | PRIVILEGE_GRANTED  | true
            okta | system.api_token.create                | CREDENTIAL_CREATED | true
            okta | user.account.reset_password            | CREDENTIAL_CREATED | true
            okta | user.account.update_password           | CREDENTIAL_CREATED | false
            okta | policy.lifecycle.update                | IAM_CHANGE         | true
            okta | user.mfa.factor.deactivate             | IAM_CHANGE         | true
            okta | application.lifecycle.create           | IAM_CHANGE         | false
            okta | zone.update                            | NETWORK_EXPOSURE   | true
            okta | system.log_stream.lifecycle.deactivate | LOGGING_DISABLED   | true
            okta | user.session.start                     | OTHER              | false
            """)
    void classifiesOktaEventTypes(String source, String action, AuditCategory category, boolean sensitive) {
        assertClassified(source, action, category, sensitive);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} sensitive={3}")
    @CsvSource(delimiter = '|', textBlock = """
            google-workspace | GRANT_ADMIN_PRIVILEGE                       | PRIVILEGE_GRANTED  | true
            google-workspace | CREATE_APPLICATION_SETTING                  | IAM_CHANGE         | true
            google-workspace | CHANGE_APPLICATION_SETTING                  | IAM_CHANGE         | false
            google-workspace | CREATE_USER                                 | IAM_CHANGE         | true
            google-workspace | CREATE_EMAIL_MONITOR                        | MAIL_RULE          | true
            google-workspace | download                                    | DATA_ACCESS        | false
            gcp-audit        | google.iam.v1.IAMPolicy.SetIamPolicy        | PRIVILEGE_GRANTED  | true
            gcp-audit        | storage.setIamPermissions                   | PRIVILEGE_GRANTED  | true
            gcp-audit        | CreateServiceAccountKey                     | CREDENTIAL_CREATED | true
            gcp-audit        | v1.compute.projects.setCommonInstanceMetadata | CREDENTIAL_CREATED | true
            gcp-audit        | google.logging.v2.ConfigServiceV2.DeleteSink  | LOGGING_DISABLED   | true
            gcp-audit        | google.logging.v2.ConfigServiceV2.UpdateSink  | LOGGING_DISABLED   | true
            gcp-audit        | v1.compute.firewalls.insert                 | NETWORK_EXPOSURE   | true
            gcp-audit        | storage.objects.get                         | DATA_ACCESS        | false
            """)
    void classifiesGoogleWorkspaceAndCloudActions(
            String source, String action, AuditCategory category, boolean sensitive) {
        assertClassified(source, action, category, sensitive);
    }

    @Test
    void leavesUnknownActionsUnclassified() {
        assertThat(catalog.classify("aws-cloudtrail", "DescribeInstances")).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(catalog.classify("okta", "")).isEqualTo(Classification.UNCLASSIFIED);
    }

    @Test
    void matchesActionsCaseInsensitivelyAndIgnoresSpacingAndDashStyle() {
        assertClassified("aws-cloudtrail", "createaccesskey", CREDENTIAL_CREATED, true);
        assertClassified("entra", "  ADD MEMBER  TO ROLE ", PRIVILEGE_GRANTED, true);
        assertClassified("OKTA", "User.Account.Privilege.Grant", PRIVILEGE_GRANTED, true);
        // Entra writes an en dash and a trailing space
        assertClassified(
                "entra", "Update application \u2013 Certificates and secrets management ", CREDENTIAL_CREATED, true);
        assertClassified("gcp-audit", "google.iam.admin.v1.SetIAMPolicy", PRIVILEGE_GRANTED, true);
    }

    @Test
    void trailingStarMatchesEveryActionWithThatPrefix() {
        assertClassified("okta", "policy.lifecycle.deactivate", IAM_CHANGE, true);
        assertClassified("okta", "policy.rule.delete", IAM_CHANGE, true);
        assertClassified("entra", "Add member to role completed (PIM activation)", PRIVILEGE_GRANTED, true);
        assertClassified("entra", "Add eligible member to role in PIM completed (permanent)", PRIVILEGE_GRANTED, true);
        // the prefix includes the dot: the bare family name is not a member of it
        assertClassified("okta", "policy.lifecycle", OTHER, false);
    }

    @Test
    void matchesDottedMethodNamesBySuffixOnADotBoundaryOnly() {
        assertClassified("gcp-audit", "beta.compute.instances.setMetadata", CREDENTIAL_CREATED, true);
        assertClassified("gcp-audit", "google.iam.admin.v1.CreateServiceAccountKey", CREDENTIAL_CREATED, true);
        assertClassified("gcp-audit", "FooSetIamPolicy", OTHER, false);
        assertClassified("gcp-audit", "SetIamPolicyFoo", OTHER, false);
    }

    @Test
    void appliesRowsOnlyToTheirOwnSourceExceptForAnySourceRows() {
        assertClassified("aws-cloudtrail", "user.account.privilege.grant", OTHER, false);
        assertClassified("okta", "CreateAccessKey", OTHER, false);
        assertClassified("aws-cloudtrail", "New-InboxRule", MAIL_RULE, true);
    }

    @Test
    void appliesEveryVendorsRowsToOcsfAndCanonicalEvents() {
        assertClassified("ocsf", "GetSecretValue", DATA_ACCESS, true);
        assertClassified("canonical", "user.account.privilege.grant", PRIVILEGE_GRANTED, true);
        assertClassified("canonical", "google.iam.admin.v1.CreateServiceAccountKey", CREDENTIAL_CREATED, true);
    }

    @Test
    void classifyingAnEventSetsCategoryAndFlagAndKeepsTheRest() {
        AuditEvent event = AuditEvent.builder()
                .source("aws-cloudtrail")
                .sourceEventId("b16c7f9e-8d0a-4c2e-9f7a-3e9b8c7d6a07")
                .occurredAt(Instant.parse("2025-03-04T17:31:02Z"))
                .actor(Principal.of("bob.okafor"))
                .ip("203.0.113.45")
                .service("iam.amazonaws.com")
                .action("CreateAccessKey")
                .targets(List.of("svc-deploy"))
                .outcome(Outcome.SUCCESS)
                .build();

        AuditEvent classified = catalog.classify(event);

        assertThat(classified.category()).isEqualTo(CREDENTIAL_CREATED);
        assertThat(classified.sensitive()).isTrue();
        assertThat(classified.withCategory(OTHER, false)).isEqualTo(event);
    }

    @Test
    void reportsTheRowThatDecided() {
        Classification c = catalog.classify("aws-cloudtrail", "GetObject");

        assertThat(c.row()).isNotNull();
        assertThat(c.row().source()).isEqualTo("aws-cloudtrail");
        assertThat(c.row().action()).isEqualTo("GetObject");
        assertThat(c.row().note()).contains("volume");
    }

    @Test
    void overrideRowsTakePrecedenceOverBuiltInRows() {
        AuditCatalog overridden =
                catalog.withOverrides(List.of(Row.of("aws-cloudtrail", "GetObject", DATA_ACCESS, true)));

        assertThat(overridden.classify("aws-cloudtrail", "GetObject").sensitive())
                .isTrue();
        assertThat(catalog.classify("aws-cloudtrail", "GetObject").sensitive())
                .as("the built-in catalog is unchanged")
                .isFalse();
        assertThat(overridden.classify("aws-cloudtrail", "CreateAccessKey").category())
                .isEqualTo(CREDENTIAL_CREATED);
    }

    @Test
    void aLessSpecificOverrideStillBeatsAMoreSpecificBuiltInRow() {
        AuditCatalog overridden = catalog.withOverrides(List.of(Row.of("*", "Get*", DATA_ACCESS, false)));

        assertThat(overridden.classify("aws-cloudtrail", "GetSecretValue"))
                .extracting(Classification::category, Classification::sensitive)
                .containsExactly(DATA_ACCESS, false);
    }

    @Test
    void anOverrideCanSilenceABuiltInAction() {
        AuditCatalog overridden =
                catalog.withOverrides(List.of(Row.of("okta", "group.user_membership.add", OTHER, false)));

        assertThat(overridden.classify("okta", "group.user_membership.add"))
                .extracting(Classification::category, Classification::sensitive)
                .containsExactly(OTHER, false);
    }

    @Test
    void laterOverridesBeatEarlierOnes() {
        AuditCatalog twice = catalog.withOverrides(List.of(Row.of("okta", "app.custom.export", DATA_ACCESS, false)))
                .withOverrides(List.of(Row.of("okta", "app.custom.export", DATA_ACCESS, true)));

        assertThat(twice.classify("okta", "app.custom.export").sensitive()).isTrue();
        assertThat(twice.rows()).hasSize(catalog.rows().size() + 2);
        assertThat(twice.rows().get(0).sensitive()).isTrue();
    }

    @Test
    void withinOneTableTheMostSpecificRowWins() {
        AuditCatalog table = AuditCatalog.of(List.of(
                Row.of("*", "Create*", IAM_CHANGE, false),
                Row.of("okta", "Create*", IAM_CHANGE, true),
                Row.of("aws-cloudtrail", "CreateAccess*", PRIVILEGE_GRANTED, false),
                Row.of("aws-cloudtrail", "CreateAccessKey*", NETWORK_EXPOSURE, false),
                Row.of("aws-cloudtrail", "CreateAccessKey", CREDENTIAL_CREATED, true),
                Row.of("*", "DeleteThing", LOGGING_DISABLED, true),
                Row.of("okta", "DeleteThing", LOGGING_DISABLED, false),
                Row.of("*", "PurgeThing", MAIL_RULE, true),
                Row.of("okta", "PurgeThing", DATA_ACCESS, true)));

        // an exact row beats a wildcard matching as many characters
        assertThat(table.classify("aws-cloudtrail", "CreateAccessKey").category())
                .isEqualTo(CREDENTIAL_CREATED);
        // the longer prefix wins
        assertThat(table.classify("aws-cloudtrail", "CreateAccessKeyPair").category())
                .isEqualTo(NETWORK_EXPOSURE);
        assertThat(table.classify("aws-cloudtrail", "CreateAccessPoint").category())
                .isEqualTo(PRIVILEGE_GRANTED);
        // the event's own source beats *
        assertThat(table.classify("okta", "CreateWidget").sensitive()).isTrue();
        assertThat(table.classify("entra", "CreateWidget").sensitive()).isFalse();
        assertThat(table.classify("okta", "DeleteThing").sensitive()).isFalse();
        // for a carrier source, * beats another vendor's row
        assertThat(table.classify("ocsf", "PurgeThing").category()).isEqualTo(MAIL_RULE);
    }

    @Test
    void aLoneStarMatchesEveryAction() {
        AuditCatalog table = AuditCatalog.of(List.of(Row.of("entra", "*", IAM_CHANGE, false)));

        assertThat(table.classify("entra", "Anything at all").category()).isEqualTo(IAM_CHANGE);
        assertThat(table.classify("okta", "Anything at all").category()).isEqualTo(OTHER);
    }

    @Test
    void loadsAnOperatorTableOnTopOfTheBuiltInOne(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra-actions.csv");
        Files.writeString(extra, """
                \uFEFFsource,action,category,sensitive,note
                # our own additions
                aws-cloudtrail,GetObject,DATA_ACCESS,true,"crown-jewel buckets only, so every read counts"

                canonical,vault.secret.read,DATA_ACCESS,true,"HashiCorp Vault, via the canonical endpoint"
                """, StandardCharsets.UTF_8);

        AuditCatalog loaded = AuditCatalog.load(extra);

        assertThat(loaded.classify("aws-cloudtrail", "GetObject").sensitive()).isTrue();
        assertThat(loaded.classify("aws-cloudtrail", "GetObject").row().note())
                .isEqualTo("crown-jewel buckets only, so every read counts");
        assertThat(loaded.classify("canonical", "vault.secret.read").category()).isEqualTo(DATA_ACCESS);
        assertThat(loaded.classify("aws-cloudtrail", "StopLogging").category()).isEqualTo(LOGGING_DISABLED);
    }

    @Test
    void parsesRowsFromPropertyStyleLines() {
        Row row = Row.parse(" aws-cloudtrail , GetObject , data_access , TRUE , \"bulk, of course\" ");

        assertThat(row).isEqualTo(new Row("aws-cloudtrail", "GetObject", DATA_ACCESS, true, "bulk, of course"));
        assertThat(Row.parse("okta,x.y,OTHER,false").note()).isEmpty();
        assertThat(Row.parse("okta,x.y,OTHER,false,\"say \"\"hi\"\"\"").note()).isEqualTo("say \"hi\"");
    }

    @Test
    void rejectsMalformedRows() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Row.parse("aws-cloudtrail,GetObject,READS,true"))
                .withMessageContaining("unknown category 'READS'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Row.parse("aws-cloudtrail,GetObject,DATA_ACCESS,yes"))
                .withMessageContaining("true or false");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Row.parse("aws,GetObject,DATA_ACCESS,true"))
                .withMessageContaining("unknown source 'aws'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Row.parse("aws-cloudtrail,Get*Object,DATA_ACCESS,true"))
                .withMessageContaining("only allowed at the end");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Row.parse("aws-cloudtrail,GetObject,DATA_ACCESS"))
                .withMessageContaining("expected 4 or 5 fields");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Row.parse("aws-cloudtrail, ,DATA_ACCESS,true"))
                .withMessageContaining("blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Row.parse("aws-cloudtrail,GetObject,DATA_ACCESS,true,\"open"))
                .withMessageContaining("unterminated quote");
    }

    @Test
    void namesTheFileAndLineOfAMalformedRow() {
        String table = "source,action,category,sensitive,note\n# comment\nokta,a.b,OTHER,false\nokta,c.d,NOPE,true\n";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditCatalog.readCsv(new StringReader(table), "extra.csv"))
                .withMessageStartingWith("extra.csv line 4:");
    }

    private void assertClassified(String source, String action, AuditCategory category, boolean sensitive) {
        assertThat(catalog.classify(source, action))
                .as("%s %s", source, action)
                .extracting(Classification::category, Classification::sensitive)
                .containsExactly(category, sensitive);
    }
}
