package io.modelgate.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.modelgate.domain.shared.UnsafeCharacters;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Bounds on what a JSON body may carry, applied while it is read, for every request body of the API
 * and the console (the gateway reads a tree and checks its few fields itself, in {@code OpenAiFormat}):
 * <ul>
 *   <li>every string (values and map keys) is free of {@link UnsafeCharacters#TEXT unsafe characters};</li>
 *   <li>every decimal has at most {@value #MAX_DIGITS} digits when written out, so that no exponent such as
 *       {@code 1e-10000000} is ever expanded (that one took 15 s and 2 GB);</li>
 *   <li>every date lies in the years 0001–9999, which PostgreSQL can store;</li>
 *   <li>a key given twice, a value of another JSON type (a number for a name, 1 for true, a fraction or a
 *       string for a whole number, a number for an enum), trailing content after the body, nesting deeper than
 *       {@value #MAX_DEPTH} and numbers longer than {@value #MAX_NUMBER_LENGTH} characters are refused.</li>
 * </ul>
 */
@Singleton
public class BoundedJson implements ObjectMapperCustomizer {

    /** Digits of a decimal written out in full (2.50 has 3; 1e30 has 31). */
    static final int MAX_DIGITS = 40;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // A value of another JSON type is refused, not converted: 12345 is no name, 1 is not true, "80" no number.
        // (A decimal may still be given as a string: amounts of money are decimal strings.)
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // Dates are ISO-8601 strings of real days: no epoch numbers, no 2024-02-30 rolled over to March.
        mapper.setDefaultLeniency(Boolean.FALSE);
        mapper.registerModule(new SimpleModule("modelgate-bounded-input").setDeserializerModifier(new Screens()));
    }

    /** Wraps the standard deserializers of strings, decimals and dates; everything else is unchanged. */
    static final class Screens extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class) {
                return new Screened(deserializer, BoundedJson::text);
            }
            if (type == BigDecimal.class) {
                return new Screened(deserializer, BoundedJson::decimal);
            }
            if (type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class) {
                return new Screened(deserializer, BoundedJson::date);
            }
            return deserializer;
        }

        @Override
        public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type, KeyDeserializer key) {
            if (type.getRawClass() != String.class) {
                return key;
            }
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String name, DeserializationContext context) throws IOException {
                    Optional<String> refused = UnsafeCharacters.PARAMETER.check(name);
                    if (refused.isPresent()) {
                        throw new RefusedValueException(context.getParser(), String.class, "keys " + refused.get());
                    }
                    return key.deserializeKey(name, context);
                }
            };
        }
    }

    /** What a screen finds wrong with a value, or empty. */
    @FunctionalInterface
    interface Screen {
        Optional<String> check(Object value);
    }

    /** A standard deserializer followed by a screen; numbers are also screened by length before they are parsed. */
    static final class Screened extends DelegatingDeserializer {

        private final Screen screen;

        Screened(JsonDeserializer<?> delegate, Screen screen) {
            super(delegate);
            this.screen = screen;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Screened(delegate, screen);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (handledType() == BigDecimal.class && parser.currentToken() == JsonToken.VALUE_STRING
                    && parser.getTextLength() > MAX_NUMBER_LENGTH) {
                throw refused(parser, "is too long to be a number (" + parser.getTextLength() + " characters)");
            }
            Object value = super.deserialize(parser, context);
            Optional<String> refused = screen.check(value);
            if (refused.isPresent()) {
                throw refused(parser, refused.get());
            }
            return value;
        }

        private RefusedValueException refused(JsonParser parser, String reason) {
            return new RefusedValueException(parser, handledType(), reason);
        }
    }

    static Optional<String> text(Object value) {
        return value instanceof String text ? UnsafeCharacters.TEXT.check(text) : Optional.empty();
    }

    static Optional<String> decimal(Object value) {
        if (!(value instanceof BigDecimal number)) {
            return Optional.empty();
        }
        long integerDigits = Math.max((long) number.precision() - number.scale(), 1);
        long fractionDigits = Math.max(number.scale(), 0);
        if (integerDigits + fractionDigits > MAX_DIGITS) {
            return Optional.of("must be a decimal of at most " + MAX_DIGITS + " digits written out (was "
                    + Echo.of(number) + ")");
        }
        return Optional.empty();
    }

    static Optional<String> date(Object value) {
        boolean storable = true;
        if (value instanceof LocalDate date) {
            storable = StorableDates.storable(date);
        } else if (value instanceof Instant at) {
            storable = StorableDates.storable(at);
        } else if (value instanceof OffsetDateTime at) {
            storable = StorableDates.storable(at);
        }
        return storable ? Optional.empty() : Optional.of(StorableDates.RULE + " (was " + Echo.of(value) + ")");
    }
}
