package io.modelgate.bootstrap.config;

import io.modelgate.application.classification.port.out.DepartmentDefaults;
import io.modelgate.domain.classification.DataClassification;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link DepartmentDefaults} from configuration; unknown levels fail at start, not at call time. */
@ApplicationScoped
public class ConfiguredDepartmentDefaults implements DepartmentDefaults {

    private final DataClassification fallback;
    private final Map<String, DataClassification> perDepartment;

    ConfiguredDepartmentDefaults(ModelGateConfig config) {
        this.fallback = level(config.classification().defaultLevel());
        this.perDepartment = config.classification().departmentDefaults().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> level(e.getValue())));
    }

    @Override
    public DataClassification defaultClassification(Optional<String> department) {
        return department.map(perDepartment::get).orElse(fallback);
    }

    private static DataClassification level(String value) {
        return DataClassification.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
