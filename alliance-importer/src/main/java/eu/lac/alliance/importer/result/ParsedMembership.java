package eu.lac.alliance.importer.result;

import java.time.LocalDate;

import eu.lac.alliance.domain.source.LineSpan;

/**
 * A statement that a country joined the Alliance.
 *
 * @param countryCode ISO alpha-2
 * @param year the year it joined
 * @param date the day, where the document gives it, else null
 * @param lines where the document says so
 */
public record ParsedMembership(String countryCode, int year, LocalDate date, LineSpan lines) {
}
