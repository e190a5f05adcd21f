// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.security;

import java.util.Optional;

import nl.buurtkracht.system.ApiTokenAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Two filter chains: the JSON API (bearer tokens or the browser session, problem+json errors) and the
 * web pages (form login, sessions in PostgreSQL). Fine-grained role checks sit on every controller
 * method with {@code @PreAuthorize}; an architecture test makes sure none is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String LOGIN_PAGE = "/inloggen";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, Optional<ApiTokenAuthenticator> tokens, ProblemResponses problems)
			throws Exception {
		RequestMatcher bearer = BearerTokenFilter::hasBearerToken;
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "Log in of gebruik een geldig API-token."))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
						HttpStatus.FORBIDDEN, "Je hebt geen toegang tot deze gegevens of actie.")));
		// Without a token owner every token is unknown, and refused.
		ApiTokenAuthenticator authenticator = tokens.orElse(token -> Optional.empty());
		http.addFilterBefore(new BearerTokenFilter(authenticator, problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, @Value("${buurtkracht.map.tile-url:}") String tileUrl)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
			.requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/demo/**").permitAll()
			.requestMatchers("/beheer/**").hasRole("ADMIN")
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.usernameParameter("email")
				.failureUrl(LOGIN_PAGE + "?fout")
				.defaultSuccessUrl("/profiel", false)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd").permitAll())
			.exceptionHandling(errors -> errors.accessDeniedPage("/geen-toegang"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Only our own origin, plus the configured map tile server for images: no third-party requests. */
	static String contentSecurityPolicy(String tileUrl) {
		String tiles = StringUtils.hasText(tileUrl) ? " " + tileOrigin(tileUrl) : "";
		return "default-src 'self'; img-src 'self' data:" + tiles + "; style-src 'self'; script-src 'self'; "
				+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	private static String tileOrigin(String tileUrl) {
		int schemeEnd = tileUrl.indexOf("://");
		int pathStart = tileUrl.indexOf('/', schemeEnd + 3);
		String origin = pathStart < 0 ? tileUrl : tileUrl.substring(0, pathStart);
		return origin.replace("{s}", "*");
	}

}
