package org.tori.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words of one language: lower case, that language's stop words, its stemmer, and accents folded
 * last, so the stemmer still sees "ä" and "ö" while "aanekoski" finds "Äänekoski".
 */
final class LanguageAnalyzer extends Analyzer {

    private final CharArraySet stopWords;
    private final UnaryOperator<TokenStream> stemmer;

    LanguageAnalyzer(CharArraySet stopWords, UnaryOperator<TokenStream> stemmer) {
        this.stopWords = stopWords;
        this.stemmer = stemmer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (!stopWords.isEmpty()) {
            stream = new StopFilter(stream, stopWords);
        }
        stream = new ASCIIFoldingFilter(stemmer.apply(stream));
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
