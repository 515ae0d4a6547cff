package io.modelgate.domain.catalog;

import io.modelgate.domain.shared.StateConflictException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.modelgate.domain.catalog.CatalogFixtures.spec;
import static io.modelgate.domain.catalog.CatalogFixtures.specBuilder;
import static io.modelgate.domain.catalog.CatalogFixtures.vendorApi;
import static io.modelgate.domain.shared.DomainAssertions.assertConflict;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ModelTest {

    private static final ModelId ID = new ModelId("llama-3-swallow-70b");

    @Nested
    class Registering {

        @Test
        void aNewModelStartsActiveAtVersionZero() {
            Model model = Model.register(ID, spec());

            assertThat(model.id()).isEqualTo(ID);
            assertThat(model.spec()).isEqualTo(spec());
            assertThat(model.lifecycle()).isEqualTo(Lifecycle.ACTIVE);
            assertThat(model.version()).isZero();
        }

        @Test
        void refusesMissingIdOrSpec() {
            assertInvalid(() -> Model.register(null, spec()), "id");
            assertInvalid(() -> Model.register(ID, null), "spec");
        }
    }

    @Nested
    class Reconstituting {

        @ParameterizedTest(name = "{0} at version {1}")
        @CsvSource({
                "ACTIVE,0",
                "ACTIVE,1",
                "DEPRECATED,7",
                "RETIRED,42",
                "DEPRECATED,9223372036854775807",
        })
        void keepsLifecycleAndVersionAsStored(Lifecycle lifecycle, long version) {
            Model model = Model.reconstitute(ID, spec(), lifecycle, version);

            assertThat(model.id()).isEqualTo(ID);
            assertThat(model.spec()).isEqualTo(spec());
            assertThat(model.lifecycle()).isEqualTo(lifecycle);
            assertThat(model.version()).isEqualTo(version);
        }

        @Test
        void refusesMissingParts() {
            assertInvalid(() -> Model.reconstitute(null, spec(), Lifecycle.ACTIVE, 1), "id");
            assertInvalid(() -> Model.reconstitute(ID, null, Lifecycle.ACTIVE, 1), "spec");
            assertInvalid(() -> Model.reconstitute(ID, spec(), null, 1), "lifecycle");
        }
    }

    @Nested
    class MovingThroughTheLifecycle {

        /** Every from x to pair: only forward moves are allowed. */
        @ParameterizedTest(name = "{0} -> {1} allowed={2}")
        @CsvSource({
                "ACTIVE,ACTIVE,false",
                "ACTIVE,DEPRECATED,true",
                "ACTIVE,RETIRED,true",
                "DEPRECATED,ACTIVE,false",
                "DEPRECATED,DEPRECATED,false",
                "DEPRECATED,RETIRED,true",
                "RETIRED,ACTIVE,false",
                "RETIRED,DEPRECATED,false",
                "RETIRED,RETIRED,false",
        })
        void movesOnlyForward(Lifecycle from, Lifecycle to, boolean allowed) {
            Model model = Model.reconstitute(ID, spec(), from, 5);

            if (allowed) {
                Model moved = model.moveTo(to);
                assertThat(moved.lifecycle()).isEqualTo(to);
                assertThat(moved.id()).isEqualTo(ID);
                assertThat(moved.spec()).isEqualTo(spec());
                assertThat(moved.version()).as("version is the stored one until saved").isEqualTo(5);
            } else {
                StateConflictException e = assertConflict(() -> model.moveTo(to),
                        "MODEL.ILLEGAL_LIFECYCLE_TRANSITION", from.name());
                assertThat(e.getMessage()).contains(ID.value(), "from " + from, "to " + to);
            }
            assertThat(model.lifecycle()).as("the original is unchanged").isEqualTo(from);
        }

        @Test
        void theWholeLifeOfAModel() {
            Model retired = Model.register(ID, spec()).moveTo(Lifecycle.DEPRECATED).moveTo(Lifecycle.RETIRED);

            assertThat(retired.lifecycle()).isEqualTo(Lifecycle.RETIRED);
            assertThat(retired.version()).isZero();
        }

        @ParameterizedTest(name = "from {0}")
        @EnumSource(Lifecycle.class)
        void refusesAMissingTarget(Lifecycle from) {
            Model model = Model.reconstitute(ID, spec(), from, 0);

            assertInvalid(() -> model.moveTo(null), "lifecycle");
        }
    }

    @Nested
    class Revising {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Lifecycle.class, names = {"ACTIVE", "DEPRECATED"})
        void replacesTheSpecAndKeepsEverythingElse(Lifecycle lifecycle) {
            Model model = Model.reconstitute(ID, spec(), lifecycle, 3);
            ModelSpec revised = specBuilder().name("Llama 3 Swallow 70B v0.2").deployments(List.of(vendorApi())).build();

            Model next = model.revise(revised);

            assertThat(next.spec()).isEqualTo(revised);
            assertThat(next.id()).isEqualTo(ID);
            assertThat(next.lifecycle()).isEqualTo(lifecycle);
            assertThat(next.version()).isEqualTo(3);
            assertThat(model.spec()).as("the original is unchanged").isEqualTo(spec());
        }

        @Test
        void aRetiredModelCannotBeRevised() {
            Model retired = Model.reconstitute(ID, spec(), Lifecycle.RETIRED, 3);

            StateConflictException e = assertConflict(() -> retired.revise(specBuilder().name("New").build()),
                    "MODEL.RETIRED", "RETIRED");
            assertThat(e.getMessage()).contains(ID.value());
        }

        @Test
        void aModelRetiredByMoveCannotBeRevised() {
            Model retired = Model.register(ID, spec()).moveTo(Lifecycle.RETIRED);

            assertConflict(() -> retired.revise(spec()), "MODEL.RETIRED", "RETIRED");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Lifecycle.class, names = {"ACTIVE", "DEPRECATED"})
        void refusesAMissingSpec(Lifecycle lifecycle) {
            Model model = Model.reconstitute(ID, spec(), lifecycle, 0);

            assertInvalid(() -> model.revise(null), "spec");
        }
    }
}
