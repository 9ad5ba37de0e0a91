package org.sunlight.supervision;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scoring a sampled case file: for each item the evaluator judges, the points taken off ({@code deducted[ITEM]}) and
 * the finding ({@code finding[ITEM]}), required when points are taken off. The same shape is the API's JSON body.
 */
public class EvaluationForm {

    private Map<String, BigDecimal> deducted = new LinkedHashMap<>();
    private Map<String, String> finding = new LinkedHashMap<>();

    public Map<String, BigDecimal> getDeducted() {
        return deducted;
    }

    public void setDeducted(Map<String, BigDecimal> deducted) {
        this.deducted = deducted == null ? new LinkedHashMap<>() : deducted;
    }

    public Map<String, String> getFinding() {
        return finding;
    }

    public void setFinding(Map<String, String> finding) {
        this.finding = finding == null ? new LinkedHashMap<>() : finding;
    }

    /** The judgements as the evaluation takes them, one per item named in either map. */
    Map<String, CaseFileEvaluations.Judgement> judgements() {
        var judged = new LinkedHashMap<String, CaseFileEvaluations.Judgement>();
        deducted.forEach(
                (code, points) -> judged.put(code, new CaseFileEvaluations.Judgement(points, finding.get(code))));
        finding.forEach((code, text) -> judged.putIfAbsent(code, new CaseFileEvaluations.Judgement(null, text)));
        return judged;
    }
}
