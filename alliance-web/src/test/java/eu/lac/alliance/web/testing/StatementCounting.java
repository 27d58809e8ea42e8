package eu.lac.alliance.web.testing;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements each HTTP request runs: the application's DataSource wrapped
 * by datasource-proxy, and an outermost filter that opens a count for the request's
 * thread (so the session store's statements are in it, and background jobs are not).
 * Import it into a {@code @PortalTest} and read {@link #lastCount(String)} after a
 * request.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();

	private static final Map<String, Integer> LAST = new ConcurrentHashMap<>();

	/**
	 * The statements the last request to {@code pathAndQuery} ran (every execution counts
	 * once, a batch included).
	 */
	public static int lastCount(String pathAndQuery) {
		Integer count = LAST.get(pathAndQuery);
		if (count == null) {
			throw new IllegalStateException(
					"no request to " + pathAndQuery + " was counted; counted: " + LAST.keySet());
		}
		return count;
	}

	/**
	 * The statements of the next request to {@code pathAndQuery} that {@code request}
	 * sends: the count is recorded when the server's filter returns, which can be after
	 * the client has read the whole response (a streamed download), so this waits for it,
	 * up to ten seconds.
	 */
	public static int countOf(String pathAndQuery, Runnable request) {
		LAST.remove(pathAndQuery);
		request.run();
		long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		while (!LAST.containsKey(pathAndQuery) && System.nanoTime() < giveUp) {
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return lastCount(pathAndQuery);
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
						&& beanName.equals("dataSource")) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counted")
						.listener(new CountPerRequest())
						.build();
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> statementCountPerRequest() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						AtomicInteger count = new AtomicInteger();
						CURRENT.set(count);
						try {
							chain.doFilter(request, response);
						}
						finally {
							CURRENT.remove();
							String query = request.getQueryString();
							LAST.put(request.getRequestURI() + (query == null ? "" : "?" + query), count.get());
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static final class CountPerRequest implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			AtomicInteger count = CURRENT.get();
			if (count != null) {
				count.incrementAndGet();
			}
		}

	}

}
