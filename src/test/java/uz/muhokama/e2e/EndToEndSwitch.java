package uz.muhokama.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the end-to-end journeys only when the build asks for them with {@code -Dtest.e2e=true}: they need Chromium and
 * take a while. In CI ({@code CI=true}) a build without the switch fails instead, so that the journeys are never
 * skipped there without anyone noticing.
 */
final class EndToEndSwitch implements ExecutionCondition, BeforeAllCallback {

    static final String PROPERTY = "test.e2e";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (switchedOn()) {
            return ConditionEvaluationResult.enabled("-D" + PROPERTY + "=true");
        }
        if (inContinuousIntegration()) {
            return ConditionEvaluationResult.enabled("CI=true: must fail when the journeys are switched off");
        }
        return ConditionEvaluationResult.disabled("end-to-end journeys run only with -D" + PROPERTY + "=true");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!switchedOn()) {
            throw new IllegalStateException("CI=true but the end-to-end journeys are switched off: run the build with -D"
                    + PROPERTY + "=true (they need the chromium and chromium-driver packages)");
        }
    }

    private static boolean switchedOn() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY));
    }

    private static boolean inContinuousIntegration() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
