package io.loginwatch.events;

/** How many of a batch's valid records were new, and how many were already stored. */
public record StoreResult(int inserted, int duplicates) {}
