package dev.vouch.config;

/**
 * What a preset says about itself: venue policies change, so each carries the date and source of the
 * policy text it encodes.
 */
public record PresetInfo(String name, String title, String description, String date, String source,
                         String supersededBy) {
}
