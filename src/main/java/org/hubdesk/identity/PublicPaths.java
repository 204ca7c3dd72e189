package org.hubdesk.identity;

import java.util.List;

/**
 * What a module opens to visitors: a bean of this type names the paths (Ant-style patterns, such
 * as {@code /hubs/*}{@code /principles}) that anyone may read with GET without signing in. Everything
 * else asks for a sign-in; what a signed-in person may see is still each page's own check.
 */
public interface PublicPaths {

	/** The patterns of the module's public pages and API resources. */
	List<String> patterns();
}
