package org.tori.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** English: "pilots" and "piloting" meet "pilot". */
@NamedComponent("tori_english")
public class EnglishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new LanguageAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, s -> new PorterStemFilter(new EnglishPossessiveFilter(s)));
    }
}
