package io.modelgate.application.classification.port.out;

import io.modelgate.domain.classification.DataClassification;

import java.util.Optional;

/** Out-port: the classification a department's data has when nobody says otherwise. */
public interface DepartmentDefaults {

    DataClassification defaultClassification(Optional<String> department);
}
