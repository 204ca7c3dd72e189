package org.hubdesk.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers, under the same names for both backends: English and Swedish stemming, and a plain
 * analysis for every other language; all fold diacritics ("Goteborg" finds "Göteborg").
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

	/** The embedded Lucene index. */
	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.ENGLISH).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("snowballPorter").param("language", "English")
			.tokenFilter("asciiFolding");
		context.analyzer(SearchFields.SWEDISH).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("snowballPorter").param("language", "Swedish")
			.tokenFilter("asciiFolding");
		context.analyzer(SearchFields.FOLDED).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.normalizer(SearchFields.EXACT).custom()
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

	/** An Elasticsearch or OpenSearch cluster. */
	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("hubdesk_english_stem").type("snowball").param("language", "English");
		context.tokenFilter("hubdesk_swedish_stem").type("snowball").param("language", "Swedish");
		context.analyzer(SearchFields.ENGLISH).custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "hubdesk_english_stem", "asciifolding");
		context.analyzer(SearchFields.SWEDISH).custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "hubdesk_swedish_stem", "asciifolding");
		context.analyzer(SearchFields.FOLDED).custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.normalizer(SearchFields.EXACT).custom()
			.tokenFilters("lowercase", "asciifolding");
	}
}
