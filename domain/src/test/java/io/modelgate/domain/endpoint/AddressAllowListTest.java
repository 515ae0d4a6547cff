package io.modelgate.domain.endpoint;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressAllowListTest {

    /** allow-list entries (';'-separated) | host | what it resolves to (';'-separated, may be empty) | allowed */
    @ParameterizedTest(name = "[{0}] {1} → {3}")
    @CsvSource(delimiter = '|', value = {
            "*                 | api.openai.com           | 104.18.7.192          | true",
            "*                 | 127.0.0.1                |                       | false",
            "*                 | localhost                | 127.0.0.1             | false",
            "*                 | [::1]                    |                       | false",
            "*                 | 169.254.169.254          |                       | false",
            "*                 | metadata.google.internal |                       | false",
            "*                 | metadata.google.internal | 169.254.169.254       | false",
            "*                 | fd00:ec2::254            |                       | false",
            "*                 | 100.100.100.200          |                       | false",
            "*                 | 0.0.0.0                  |                       | false",
            "*                 | fe80::1                  |                       | false",
            "*                 | rebinding.example        | 8.8.8.8;127.0.0.1     | false",
            "*                 | vllm.internal            |                       | true",
            "*.corp.example    | vllm.corp.example        | 10.1.2.3              | true",
            "*.corp.example    | api.openai.com           | 104.18.7.192          | false",
            "*.corp.example    | evil.corp.example        | 169.254.169.254       | false",
            "10.20.0.0/16      | 10.20.3.4                |                       | true",
            "10.20.0.0/16      | 10.21.0.1                |                       | false",
            "10.20.0.0/16      | gpu.internal             | 10.20.9.9             | true",
            "10.20.0.0/16      | gpu.internal             |                       | false",
            "*;localhost       | localhost                | 127.0.0.1             | true",
            "*;localhost       | 127.0.0.1                |                       | false",
            "*;127.0.0.1       | localhost                | 127.0.0.1             | true",
            "*;127.0.0.0/8     | 127.0.0.2                |                       | true",
            "*;127.0.0.0/8     | 169.254.169.254          |                       | false",
            "169.254.169.254   | 169.254.169.254          |                       | true",
            "vllm.internal     | vllm.internal            | 10.0.0.5              | true",
            "vllm.internal     | VLLM.internal.           | 10.0.0.5              | true",
            "vllm.internal     | other.internal           | 10.0.0.5              | false",
            "fd00::/8          | fd12::1                  |                       | true",
    })
    void decides_each_host(String entries, String host, String resolved, boolean allowed) {
        AddressAllowList list = AddressAllowList.of(Arrays.asList(entries.split(";")));
        assertThat(list.refusal(host, addresses(resolved)).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void a_refusal_says_what_to_list() {
        assertThat(AddressAllowList.of(List.of("*")).refusal("169.254.169.254", List.of()))
                .hasValueSatisfying(r -> assertThat(r).contains("cloud metadata").contains("allowed-hosts"));
        assertThat(AddressAllowList.of(List.of("*.corp.example")).refusal("api.openai.com", List.of()))
                .hasValueSatisfying(r -> assertThat(r).contains("api.openai.com is not in"));
    }

    @Test
    void an_empty_list_allows_nothing() {
        assertThat(AddressAllowList.of(List.of()).refusal("api.openai.com", List.of())).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0/33", "10.0.0/8", "not a host", "fd00::/129", "10.0.0.0/x"})
    void malformed_entries_say_which_form_they_need(String entry) {
        assertThatThrownBy(() -> AddressAllowList.of(List.of(entry))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(entry);
    }

    private static List<InetAddress> addresses(String resolved) {
        if (resolved == null || resolved.isBlank()) {
            return List.of();
        }
        return Arrays.stream(resolved.split(";")).map(a -> {
            try {
                return InetAddress.getByName(a.strip());
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(a, e);
            }
        }).toList();
    }
}
