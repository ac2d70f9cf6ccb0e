package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Stage;
import org.newsgraph.model.Token;

/** Adds Universal Dependencies POS tags to every token, sentence by sentence (TOKENS → POS). */
final class PosTagger implements Stage {

  private final POSTaggerME tagger;

  PosTagger(Models models) {
    this.tagger = new POSTaggerME(models.posModel(), POSTagFormat.UD);
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.POS);
  }

  @Override
  public Document apply(Document doc) {
    List<Token> tagged = new ArrayList<>(doc.tokens());
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = doc.tokensOf(s);
      String[] tags = tagger.tag(ModelText.of(tokens));
      for (int i = 0; i < tags.length; i++) {
        tagged.set(s.tokens().start() + i, tokens.get(i).withPos(tags[i]));
      }
    }
    return doc.withTokens(tagged, Layer.POS);
  }
}
