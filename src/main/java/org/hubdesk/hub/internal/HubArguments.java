package org.hubdesk.hub.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubScope;
import org.hubdesk.hub.HubViewer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller take the {@link Hub} of its {@code {slug}} (404 when there is none) or the
 * {@link HubViewer} as an argument, resolved by {@link HubScope}.
 */
@Configuration
class HubArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final HubScope scope;

	HubArguments(HubScope scope) {
		this.scope = scope;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Hub.class || parameter.getParameterType() == HubViewer.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
		return parameter.getParameterType() == Hub.class ? scope.hub(servlet) : scope.viewer(servlet);
	}
}
