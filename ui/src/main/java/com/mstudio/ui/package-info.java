/**
 * The Marketing Studio desktop UI (JavaFX + AtlantaFX), talking to the engine only through {@code engine.api}.
 *
 * <h2>How the app starts it</h2>
 * <pre>{@code
 * Workspace workspace = services.workspaces().openLastOrCreate();
 * UiServices ui = new UiServices(services.engine(), services.imports(), services.profiles(), services.exports(),
 *         services.segments(),                                // the Segments screen
 *         services.propensity(),                              // the Propensity screen
 *         services.copy(),                                    // the Copy screen
 *         services.diagnostics(),                             // the sidebar's "Engine" dialog
 *         workspace,                                          // imports are kept here; the UI reopens as it was left
 *         SampleCatalog.fromFiles(sampleLocator.samples()),   // resolve the files before: read on the FX thread
 *         workspace.folder().getFileName().toString());       // the window title
 * StudioApplication.launch(ui);   // blocks until the window closes
 * workspace.close();              // saves pending UI state
 * services.close();
 * }</pre>
 * Tests and other hosts build {@link com.mstudio.ui.StudioUi} directly on the FX thread and call
 * {@code show(stage)} or {@code createScene(w, h)}.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code common}: the bridge from engine events to the FX thread ({@code FxExecutor}, {@code CoalescingListener},
 *       {@code UiBridge}), "latest wins" for jobs, formats, shared widgets; {@code common.charts}: the canvas chart base
 *       ({@code ChartPane}) that the screens' charts extend.</li>
 *   <li>{@code shell}: the window (sidebar, content, status bar) and the theme.</li>
 *   <li>{@code data}: the data screen, one {@code XxxView} (nodes only) per {@code XxxViewModel} (state and logic with
 *       javafx.beans/collections only, tested without a scene).</li>
 * </ul>
 * Threads: nothing here blocks the FX thread. Every file read and every computation over a table runs as a job on
 * the {@code JobRunner}; its events come back coalesced through {@code UiBridge}.
 */
package com.mstudio.ui;
