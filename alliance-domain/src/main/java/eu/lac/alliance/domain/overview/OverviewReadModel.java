package eu.lac.alliance.domain.overview;

/** Reads the front page's figures in one go, without loading entities. */
public interface OverviewReadModel {

	Overview overview();

}
