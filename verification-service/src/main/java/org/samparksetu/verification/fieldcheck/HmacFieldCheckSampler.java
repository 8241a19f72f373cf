package org.samparksetu.verification.fieldcheck;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.verification.Verification;

/**
 * The random sample as {@link RandomSampleRule} draws it. Created at start-up so that a production run without a
 * usable secret refuses to start instead of failing on the first report.
 */
@Startup
@ApplicationScoped
@DefaultBean
public class HmacFieldCheckSampler implements FieldCheckSampler {
    @Inject
    VerificationConfig config;

    private String secret;
    private double rate;

    @PostConstruct
    void checkSecret() {
        boolean production = LaunchMode.current() == LaunchMode.NORMAL;
        RandomSampleRule.secretProblem(production, config.sampleSecret()).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        secret = config.sampleSecret().orElseThrow().strip();
        rate = config.fieldCheck().sampleRate();
    }

    /** A sampler outside the container, for tests of what it reads from a check. */
    static HmacFieldCheckSampler of(String secret, double rate) {
        HmacFieldCheckSampler sampler = new HmacFieldCheckSampler();
        sampler.secret = secret;
        sampler.rate = rate;
        return sampler;
    }

    /** Only verification's own id of the check is drawn on; the report, which the department writes, is not. */
    @Override
    public boolean sample(Verification check) {
        return RandomSampleRule.sampled(secret, check.id, rate);
    }
}
