// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a paginated list that keep the rest of the query (search terms, filters):
 * {@code ${@pageLinks.to(3)}} in templates. Page numbers in URLs start at 1 ({@code ?pagina=3}).
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int zeroBasedPage) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("pagina", zeroBasedPage + 1)
			.replaceQueryParam("lang")
			.build()
			.encode()
			.toUriString();
	}

}
