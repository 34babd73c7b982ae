package org.tori.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.tartarus.snowball.ext.FinnishStemmer;

/** Finnish: "kokeilut" and "kokeilu" meet at one stem. */
@NamedComponent("tori_finnish")
public class FinnishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new LanguageAnalyzer(FinnishAnalyzer.getDefaultStopSet(), s -> new SnowballFilter(s, new FinnishStemmer()));
    }
}
