package io.modelgate.adapters.rest.shared;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names the page schemas after what they list: {@code PageDto<ModelResponse>} becomes {@code ModelPage}
 * (its items are {@code Model}), so generated clients get {@code ModelPage}, not {@code PageDtoModelResponse}.
 * Registered with {@code mp.openapi.filter}; runs when the document is built.
 */
public class PageSchemaNames implements OASFilter {

    private static final String GENERATED_PREFIX = "PageDto";
    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
            if (name.startsWith(GENERATED_PREFIX) && items != null && items.getItems() != null
                    && items.getItems().getRef() != null) {
                renamed.put(name, items.getItems().getRef().substring(REF_PREFIX.length()) + "Page");
            }
        });
        renamed.forEach((old, name) -> {
            Schema page = openApi.getComponents().getSchemas().get(old);
            openApi.getComponents().removeSchema(old);
            openApi.getComponents().addSchema(name, page.description("A page of a listing with the totals to page on"));
        });
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(operation -> rename(operation, renamed)));
    }

    private static void rename(Operation operation, Map<String, String> renamed) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                continue;
            }
            for (MediaType media : response.getContent().getMediaTypes().values()) {
                Schema schema = media.getSchema();
                if (schema != null && schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
                    String target = renamed.get(schema.getRef().substring(REF_PREFIX.length()));
                    if (target != null) {
                        schema.setRef(REF_PREFIX + target);
                    }
                }
            }
        }
    }
}
