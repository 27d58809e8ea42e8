package eu.lac.alliance.domain.account;

/**
 * Turns a password into the hash an account keeps; the web layer's encoder, so that the
 * domain stays free of any security framework.
 */
@FunctionalInterface
public interface PasswordHashing {

	String hash(String password);

}
