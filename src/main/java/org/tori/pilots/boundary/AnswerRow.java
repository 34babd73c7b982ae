package org.tori.pilots.boundary;

import java.io.Serializable;

/** One item of a section's form, as typed: the answer's name, evidence, link and the item's owner. */
public class AnswerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private long itemId;
    private String label;
    private String answer;
    private String evidence;
    private String link;
    private String owner;

    public AnswerRow() {}

    public AnswerRow(long itemId, String label, String answer, String evidence, String link, String owner) {
        this.itemId = itemId;
        this.label = label;
        this.answer = answer;
        this.evidence = evidence;
        this.link = link;
        this.owner = owner;
    }

    public long getItemId() {
        return itemId;
    }

    public String getLabel() {
        return label;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
