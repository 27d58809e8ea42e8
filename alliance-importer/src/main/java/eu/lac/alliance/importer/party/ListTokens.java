package eu.lac.alliance.importer.party;

import java.util.ArrayList;
import java.util.List;

import eu.lac.alliance.domain.country.NameKey;

/**
 * Cuts a list of participants into words and punctuation marks that remember where they
 * sit, so that names can be matched on their folded words and still be reported in the
 * document's own spelling.
 */
final class ListTokens {

	/** What a token is. */
	enum Kind {

		WORD, OPEN, CLOSE, COMMA, SEMICOLON, SLASH, AMPERSAND, DOT, OTHER

	}

	/**
	 * One word or mark: {@code keys} are the word's folded forms as the gazetteer
	 * compares them.
	 */
	record Token(Kind kind, int start, int end, String text, List<String> keys) {

		boolean is(Kind wanted) {
			return kind == wanted;
		}

		boolean isWord(String folded) {
			return kind == Kind.WORD && keys.size() == 1 && keys.get(0).equals(folded);
		}

		boolean startsUpperCase() {
			return kind == Kind.WORD && (Character.isUpperCase(text.codePointAt(0))
					|| Character.isDigit(text.codePointAt(0)) && text.chars().anyMatch(Character::isUpperCase));
		}

		boolean isNumber() {
			return kind == Kind.WORD && text.chars().allMatch(Character::isDigit);
		}

	}

	private ListTokens() {
	}

	/**
	 * The tokens of {@code text}; a word keeps inner dots, hyphens and apostrophes
	 * ("CETIC.br", "UNC-CECAD").
	 */
	static List<Token> lex(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			int c = text.codePointAt(i);
			int width = Character.charCount(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				i += width;
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				int end = i + width;
				while (end < length) {
					int next = text.codePointAt(end);
					if (Character.isLetterOrDigit(next) || Character.getType(next) == Character.NON_SPACING_MARK) {
						end += Character.charCount(next);
					}
					else if (isJoiner(next) && end + 1 < length
							&& Character.isLetterOrDigit(text.codePointAt(end + 1))) {
						end += Character.charCount(next);
					}
					else {
						break;
					}
				}
				String word = text.substring(i, end);
				tokens.add(new Token(Kind.WORD, i, end, word, NameKey.tokens(word)));
				i = end;
				continue;
			}
			Kind kind = switch (c) {
				case '(', '[' -> Kind.OPEN;
				case ')', ']' -> Kind.CLOSE;
				case ',' -> Kind.COMMA;
				case ';' -> Kind.SEMICOLON;
				case '/' -> Kind.SLASH;
				case '&' -> Kind.AMPERSAND;
				case '.' -> Kind.DOT;
				default -> Kind.OTHER;
			};
			List<String> keys = kind == Kind.AMPERSAND ? List.of("and") : List.of();
			tokens.add(new Token(kind, i, i + width, text.substring(i, i + width), keys));
			i += width;
		}
		return tokens;
	}

	private static boolean isJoiner(int c) {
		return c == '.' || c == '-' || c == '\'' || c == '\u2019' || c == '_' || c == '\u2010' || c == '\u2011';
	}

	/**
	 * The index of the token that closes the bracket opened at {@code open}, or the token
	 * count when the document never closes it.
	 */
	static int closing(List<Token> tokens, int open) {
		int depth = 0;
		for (int i = open; i < tokens.size(); i++) {
			if (tokens.get(i).is(Kind.OPEN)) {
				depth++;
			}
			else if (tokens.get(i).is(Kind.CLOSE)) {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return tokens.size();
	}

	/**
	 * The end offset of the text up to and including the closing bracket at
	 * {@code close}.
	 */
	static int endOffset(List<Token> tokens, int close) {
		return tokens.get(Math.min(close, tokens.size() - 1)).end();
	}

}
