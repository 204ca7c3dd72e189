package org.hubdesk.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the embedded Lucene index: English and Swedish stemming, and a plain analysis for
 * every other language; all fold diacritics ("Goteborg" finds "Göteborg"). The names are the
 * mapping's; another backend defines the same names its own way.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

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
}
