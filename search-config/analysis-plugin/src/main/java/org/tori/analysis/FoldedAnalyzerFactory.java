package org.tori.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Any language, words as written but in lower case and without accents: for typos, prefixes and names. */
@NamedComponent("tori_folded")
public class FoldedAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new LanguageAnalyzer(CharArraySet.EMPTY_SET, s -> s);
    }
}
