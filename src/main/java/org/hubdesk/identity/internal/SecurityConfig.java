package org.hubdesk.identity.internal;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.hubdesk.identity.PublicPaths;
import org.hubdesk.identity.WikimediaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what, and how people sign in: the local sign-in form and, when configured,
 * Wikimedia OAuth 2.0 (authorization code with PKCE, client secret in the token request's body).
 * Programs call the REST API with a personal API token ({@code Authorization: Bearer hd_…}).
 * Per-hub roles are checked by the hub pages themselves; these rules guard the paths.
 */
@Configuration
class SecurityConfig {

	static final String REGISTRATION_ID = "wikimedia";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, SignInHandlers handlers, People people,
			WikimediaProperties wikimedia, ProblemAwareErrorHandling errors, ApiTokens apiTokens,
			SignInThrottle throttle, List<PublicPaths> publicPaths) throws Exception {
		// the hubs' own pages, the directory, and what the modules open to visitors
		String[] opened = java.util.stream.Stream.concat(java.util.stream.Stream.of("/hubs/*", "/directory"),
				publicPaths.stream().flatMap(p -> p.patterns().stream())).toArray(String[]::new);
		http.authorizeHttpRequests(auth -> auth
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/", "/login", "/error", "/language", "/favicon.ico").permitAll()
			.requestMatchers("/vendor/**", "/css/**", "/js/**", "/img/**", "/webjars/**").permitAll()
			// health (without details) for load balancers and probes; metrics and the rest of the
			// actuator for the instance admin only: a session, or an API token as a bearer credential
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/actuator", "/actuator/**").hasRole("INSTANCE_ADMIN")
			.requestMatchers(HttpMethod.GET, "/api/v1/hubs", "/api/v1/hubs/*").permitAll()
			.requestMatchers(HttpMethod.GET, opened).permitAll()
			// the OpenAPI description of the REST API is public, like the API's own documentation
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll()
			.requestMatchers("/admin/**", "/directory/**").hasRole("INSTANCE_ADMIN")
			.anyRequest().authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(handlers)
			.failureHandler(handlers)
			.permitAll());
		// API tokens: a call under /api/ (or to the metrics) with "Authorization: Bearer hd_…" is signed in
		// as the token's person (or refused with 401) before the sign-in form's filter would look at it.
		// Not a bean, so that the servlet container does not also run it outside the security chain.
		http.addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens, people, errors::unauthorized),
				UsernamePasswordAuthenticationFilter.class);
		// an address that keeps failing for an account is held back before its password is checked
		http.addFilterBefore(new SignInThrottleFilter(throttle, handlers), UsernamePasswordAuthenticationFilter.class);
		// CSRF defends cookies a browser sends on its own; a bearer token is never sent that way, and
		// such a call is never served with the session's sign-in (see the filter), so token calls need
		// no CSRF token. API calls signed in by the session cookie keep CSRF.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter.BEARER_API_CALL));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedout").permitAll());
		http.exceptionHandling(ex -> ex
			.defaultAuthenticationEntryPointFor(errors::unauthorized,
					PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
			// a metrics scraper is no browser: it gets 401 and the scheme to answer with, not the sign-in page
			.defaultAuthenticationEntryPointFor(errors::bearerNeeded,
					PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					PathPatternRequestMatcher.withDefaults().matcher("/**"))
			.accessDeniedHandler(errors));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny()));
		if (wikimedia.enabled()) {
			RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
			tokens.addHeadersConverter(request -> {
				HttpHeaders headers = new HttpHeaders();
				headers.set(HttpHeaders.USER_AGENT, wikimedia.userAgent());
				return headers;
			});
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.clientRegistrationRepository(wikimediaRegistrations(wikimedia))
				.tokenEndpoint(token -> token.accessTokenResponseClient(tokens))
				.userInfoEndpoint(info -> info.userService(new WikimediaProfileService(wikimedia, people)))
				.successHandler(handlers)
				.failureHandler(handlers));
		}
		return http.build();
	}

	static ClientRegistrationRepository wikimediaRegistrations(WikimediaProperties wikimedia) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(wikimedia.clientId())
			.clientSecret(wikimedia.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri(wikimedia.endpoint("authorize"))
			.tokenUri(wikimedia.endpoint("access_token"))
			.userInfoUri(wikimedia.endpoint("resource/profile"))
			.userNameAttributeName("sub")
			.clientName("Wikimedia")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}
}
