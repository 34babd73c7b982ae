package org.tori.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.tartarus.snowball.ext.SwedishStemmer;

/** Swedish: "försöken" and "försök" meet at one stem. */
@NamedComponent("tori_swedish")
public class SwedishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new LanguageAnalyzer(SwedishAnalyzer.getDefaultStopSet(), s -> new SnowballFilter(s, new SwedishStemmer()));
    }
}
