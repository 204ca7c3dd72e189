package org.hubdesk.search;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole search suite again, with the Elasticsearch backend on a real OpenSearch node: the same
 * mapping and analysers, the same answers. Run by {@code mvn -Popensearch surefire:test}.
 */
@Tag("opensearch")
@ContextConfiguration(initializers = OpenSearchNode.Initializer.class)
class OpenSearchSearchTests extends HubSearchTests {
}
