package io.modelgate.adapters.llm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderLoggingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "headers;''",
            "headers,errors;errors",
            "ERRORS, Headers ,requests;errors,requests",
            "all;errors,requests,content,frames,ssl,trace,channel",
            "errors,all;errors,requests,content,frames,ssl,trace,channel",
            "requests,content;requests,content",
            "'';''"})
    void the_jdk_client_never_logs_headers(String setting, String safe) {
        assertThat(HeaderLogging.withoutHeaders(setting)).isEqualTo(safe);
    }
}
