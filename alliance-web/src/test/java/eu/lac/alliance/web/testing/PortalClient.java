package eu.lac.alliance.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person's browser without the rendering: real HTTP to the running portal, cookies
 * kept, redirects not followed (so tests see where they lead), and forms posted with the
 * CSRF token the page gave, unless a test leaves it out on purpose.
 */
public final class PortalClient {

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String forwardedFor;

	private String language = "en";

	public PortalClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * Pretends to come from {@code address} through a trusted proxy (X-Forwarded-For).
	 */
	public PortalClient from(String address) {
		this.forwardedFor = address;
		return this;
	}

	public PortalClient speaking(String language) {
		this.language = language;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	/**
	 * Fetches {@code path}, which must answer 200, and parses the page.
	 */
	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode() + ", not 200");
		}
		return Jsoup.parse(response.body());
	}

	/** Fetches a static asset, accepting whatever type it has. */
	public HttpResponse<String> getAsset(String path) {
		return send(request(path).setHeader("Accept", "*/*").GET().build());
	}

	/**
	 * Signs in through the form, as a person does; returns the response to the form's
	 * post.
	 */
	public HttpResponse<String> signIn(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	/**
	 * Opens {@code pagePath}, then posts {@code fields} to {@code actionPath} with the
	 * CSRF token that page holds.
	 */
	public HttpResponse<String> submit(String pagePath, String actionPath, Map<String, String> fields) {
		HttpResponse<String> page = get(pagePath);
		String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", token);
		return post(actionPath, withToken);
	}

	/** Posts {@code fields} as they are: without a CSRF token unless they hold one. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** A file to upload: its name, content type and bytes. */
	public record FilePart(String fileName, String contentType, byte[] bytes) {
	}

	/**
	 * Opens {@code pagePath}, then posts {@code files} as {@code multipart/form-data}
	 * (field {@code field}) to {@code actionPath}, with the CSRF token the page's form
	 * holds in its action, as a browser submits it; {@code withToken} false leaves it
	 * out.
	 */
	public HttpResponse<String> upload(String pagePath, String actionPath, String field, List<FilePart> files,
			boolean withToken) {
		String token = Jsoup.parse(get(pagePath).body()).select("input[name=_csrf]").attr("value");
		String boundary = "----portal" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (FilePart file : files) {
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ file.fileName().replace("\"", "%22") + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n";
			body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.bytes());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String path = withToken && !token.isEmpty()
				? actionPath + (actionPath.contains("?") ? "&" : "?") + "_csrf=" + encode(token) : actionPath;
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Fetches {@code path} as bytes, with its headers (a download). */
	public HttpResponse<byte[]> download(String path) {
		try {
			return http.send(request(path).setHeader("Accept", "*/*").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The value of the session cookie the portal gave, if any. */
	public Optional<String> sessionCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION") || cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.setHeader("Accept", "text/html")
			.header("Accept-Language", language);
		if (forwardedFor != null) {
			builder.header("X-Forwarded-For", forwardedFor);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
