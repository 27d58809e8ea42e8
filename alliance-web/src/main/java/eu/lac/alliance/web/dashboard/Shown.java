package eu.lac.alliance.web.dashboard;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The part of a long list a page shows, for templates as {@code @shown}: a template that
 * iterates a whole list and hides rows with {@code th:if} still evaluates every row,
 * which on 50 times the seeds was most of the dashboard's time.
 */
@Component("shown")
public class Shown {

	/** The first {@code count} elements (all when fewer). */
	public <T> List<T> first(List<T> list, int count) {
		return list.size() <= count ? list : list.subList(0, count);
	}

	/** The last {@code count} elements (all when fewer), in their order. */
	public <T> List<T> last(List<T> list, int count) {
		return list.size() <= count ? list : list.subList(list.size() - count, list.size());
	}

}
