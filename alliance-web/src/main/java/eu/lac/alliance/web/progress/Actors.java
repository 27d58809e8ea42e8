package eu.lac.alliance.web.progress;

import eu.lac.alliance.domain.account.Actor;
import eu.lac.alliance.web.security.PortalUser;

/** The signed-in user as the domain's services judge them. */
public final class Actors {

	private Actors() {
	}

	public static Actor of(PortalUser user) {
		return new Actor(user.getUsername(), user.role(), user.countryCode());
	}

}
