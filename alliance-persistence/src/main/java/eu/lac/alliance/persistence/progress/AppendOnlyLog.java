package eu.lac.alliance.persistence.progress;

/**
 * How an entry of an append-only log is saved: inserted, never merged over an existing
 * one, and read back so that what the database set (its time) is what the caller sees. A
 * Spring Data fragment, so it replaces {@code save} of the repositories that extend it.
 *
 * @param <T> the log's entity
 */
public interface AppendOnlyLog<T> {

	/**
	 * Adds an entry to the log.
	 * @param entry a new entry, not yet stored
	 * @param <S> the entry's type
	 * @return the same entry, with the values the database set
	 * @throws IllegalArgumentException if the entry was stored before: a log is never
	 * edited
	 */
	<S extends T> S save(S entry);

}
