package io.modelgate.domain.routing;

import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.TaskCategory;

import java.util.List;

/**
 * Which quality tier each task wants first, and the order of the others.
 *
 * <table>
 *   <caption>Preferred tier per task</caption>
 *   <tr><th>task</th><th>preferred</th><th>why</th></tr>
 *   <tr><td>CODE_ASSIST</td><td>FRONTIER</td><td>code quality pays for itself</td></tr>
 *   <tr><td>CONFIDENTIAL_ANALYSIS</td><td>FRONTIER</td><td>hard reasoning over sensitive material</td></tr>
 *   <tr><td>REPORT_GENERATION, KNOWLEDGE_SEARCH, CUSTOMER_CHAT, OTHER</td><td>STANDARD</td>
 *       <td>good enough, at a fraction of the price</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Order of tiers after the preferred one: the nearest first; between two as near, the better</caption>
 *   <tr><th>preferred</th><th>order</th></tr>
 *   <tr><td>FRONTIER</td><td>FRONTIER, STANDARD, COMPACT</td></tr>
 *   <tr><td>STANDARD</td><td>STANDARD, FRONTIER, COMPACT</td></tr>
 *   <tr><td>COMPACT</td><td>COMPACT, STANDARD, FRONTIER</td></tr>
 * </table>
 */
public final class TierPreference {

    private static final int[][] RANK = new int[TaskCategory.values().length][QualityTier.values().length];

    static {
        for (TaskCategory task : TaskCategory.values()) {
            List<QualityTier> order = orderFor(task);
            for (int i = 0; i < order.size(); i++) {
                RANK[task.ordinal()][order.get(i).ordinal()] = i;
            }
        }
    }

    private TierPreference() {
    }

    public static QualityTier preferredFor(TaskCategory task) {
        return switch (Require.present(task, "taskCategory")) {
            case CODE_ASSIST, CONFIDENTIAL_ANALYSIS -> QualityTier.FRONTIER;
            case REPORT_GENERATION, KNOWLEDGE_SEARCH, CUSTOMER_CHAT, OTHER -> QualityTier.STANDARD;
        };
    }

    /** Every tier, the task's preferred one first. */
    public static List<QualityTier> orderFor(TaskCategory task) {
        return switch (preferredFor(task)) {
            case FRONTIER -> List.of(QualityTier.FRONTIER, QualityTier.STANDARD, QualityTier.COMPACT);
            case STANDARD -> List.of(QualityTier.STANDARD, QualityTier.FRONTIER, QualityTier.COMPACT);
            case COMPACT -> List.of(QualityTier.COMPACT, QualityTier.STANDARD, QualityTier.FRONTIER);
        };
    }

    /** 0 for the preferred tier, then 1, 2 in {@link #orderFor} order. */
    public static int rank(TaskCategory task, QualityTier tier) {
        Require.present(task, "taskCategory");
        Require.present(tier, "qualityTier");
        return RANK[task.ordinal()][tier.ordinal()];
    }
}
