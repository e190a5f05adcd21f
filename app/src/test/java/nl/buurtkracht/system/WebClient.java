// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Plain HTTP against the running test server, for what only a real container does (error dispatch,
 * filters, headers).
 */
public final class WebClient {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	public WebClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
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

	public URI uri(String path) {
		return URI.create(baseUrl + path);
	}

}
