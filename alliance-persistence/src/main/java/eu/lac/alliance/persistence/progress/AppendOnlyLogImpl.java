package eu.lac.alliance.persistence.progress;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;

import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts an entry and refreshes it from the row, because the columns the database fills
 * in (submission and review times) are neither sent nor otherwise read back by JPA.
 *
 * @param <T> the log's entity
 */
class AppendOnlyLogImpl<T> implements AppendOnlyLog<T> {

	private final EntityManager entityManager;

	AppendOnlyLogImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional
	public <S extends T> S save(S entry) {
		PersistenceUnitUtil units = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
		if (units.getIdentifier(entry) != null) {
			throw new IllegalArgumentException("an entry of an append-only log is added once and never saved again: "
					+ entry.getClass().getSimpleName() + " " + units.getIdentifier(entry));
		}
		this.entityManager.persist(entry);
		this.entityManager.flush();
		this.entityManager.refresh(entry);
		return entry;
	}

}
