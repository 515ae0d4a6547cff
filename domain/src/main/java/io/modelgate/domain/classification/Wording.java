package io.modelgate.domain.classification;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.VendorTerms;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The phrases that decisions and violations share, so every sentence names things the same way. */
final class Wording {

    private Wording() {
    }

    static String kind(DeploymentKind kind) {
        return switch (kind) {
            case VENDOR_API -> "a vendor API";
            case PRIVATE_CLOUD -> "a private cloud";
            case ON_PREMISES -> "on-premises servers";
        };
    }

    static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** GLOBAL is not a place, so it reads "processes it GLOBAL" rather than "in GLOBAL". */
    static String processes(VendorTerms terms) {
        return VendorTerms.GLOBAL.equals(terms.processingRegion())
                ? "processes it GLOBAL"
                : "processes it in " + terms.processingRegion();
    }

    /** "a", "a and b", "a, b and c". */
    static String and(Collection<String> parts) {
        return join(List.copyOf(parts), " and ");
    }

    /** "a", "a or b", "a, b or c". */
    static String or(Collection<String> parts) {
        return join(List.copyOf(parts), " or ");
    }

    private static String join(List<String> parts, String last) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        String head = parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", "));
        return head + last + parts.get(parts.size() - 1);
    }
}
