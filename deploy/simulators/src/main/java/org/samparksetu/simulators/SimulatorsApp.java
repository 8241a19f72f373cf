package org.samparksetu.simulators;

/** Runs the simulators as a process for {@code deploy/up}: {@code java -cp ... org.samparksetu.simulators.SimulatorsApp}. */
public final class SimulatorsApp {
    private SimulatorsApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorSettings settings = SimulatorSettings.defaults();
        Simulators sims = Simulators.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(sims::stop));
        System.out.println("simulators listening on " + sims.baseUrl()
                + " (WhatsApp Cloud API, Sampark portal); webhooks go to " + String.join(", ", settings.intakeWebhookUrls()));
        Thread.currentThread().join();
    }
}
