package dev.footprint.binary;

/** One {@code build key=value} line of Go build info, e.g. {@code -trimpath=true}. */
public record GoSetting(String key, String value) {}
