import type { MarionetteClient } from './marionette';

/**
 * The one module that reaches into Firefox's internals, through Marionette's chrome context:
 * the DevTools toolbox (`gDevTools` from the DevTools loader), the add-on's extension views
 * (`WebExtensionPolicy…extension.views`), the console service, and Marionette's own
 * `MarionetteCommands` window actor, which is registered for every frame (`allFrames`,
 * `includeChrome`) and so also reaches extension pages that run in the extension process, where
 * no chrome script can touch their DOM. None of this is a public API (seen on Firefox ESR 153);
 * when a Firefox upgrade moves something, the errors below say what was not found.
 */

/** The prelude of every chrome script: the DevTools loader and the selected tab. */
const PRELUDE = `
const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
const { gDevTools } = require('devtools/client/framework/devtools');
const win = Services.wm.getMostRecentWindow('navigator:browser');
if (!win) throw new Error('no browser window');
const tab = win.gBrowser.selectedTab;
const extensionOf = (id) => {
  const policy = WebExtensionPolicy.getByID(id);
  if (!policy) throw new Error('add-on ' + id + ' is not installed');
  return policy.extension;
};
const viewOf = (id, viewType) => [...extensionOf(id).views].find((view) => view.viewType === viewType && view.browsingContext?.currentWindowGlobal);
`;

/** Runs an async function body in the chrome (parent process) context; `arguments[i]` are `args`. */
export async function chromeScript(
  marionette: MarionetteClient,
  body: string,
  args: readonly unknown[] = [],
  timeoutMs = 35_000,
): Promise<unknown> {
  await marionette.command('Marionette:SetContext', { value: 'chrome' });
  return marionette.command('WebDriver:ExecuteScript', { script: `return (async () => {${PRELUDE}\n${body}\n})();`, args }, timeoutMs);
}

/** Runs a function body in the selected tab's page (the inspected page). */
export async function pageScript(marionette: MarionetteClient, body: string, args: readonly unknown[] = []): Promise<unknown> {
  await marionette.command('Marionette:SetContext', { value: 'content' });
  return marionette.command('WebDriver:ExecuteScript', { script: body, args });
}

export async function navigate(marionette: MarionetteClient, url: string): Promise<void> {
  await marionette.command('Marionette:SetContext', { value: 'content' });
  await marionette.command('WebDriver:Navigate', { url });
}

/** Installs an unpacked extension as a temporary add-on (no signature needed); its add-on id. */
export async function installTemporaryAddon(marionette: MarionetteClient, dir: string): Promise<string> {
  const id = await marionette.command('Addon:Install', { path: dir, temporary: true });
  if (typeof id !== 'string') throw new Error(`Addon:Install answered ${JSON.stringify(id)} instead of an add-on id`);
  return id;
}

/** Opens the toolbox on the selected tab (the add-on's devtools page loads with it). */
export async function openToolbox(marionette: MarionetteClient, toolId = 'webconsole'): Promise<void> {
  await chromeScript(marionette, `await gDevTools.showToolboxForTab(tab, { toolId: arguments[0] });`, [toolId]);
}

export async function toolboxIsOpen(marionette: MarionetteClient): Promise<boolean> {
  return (await chromeScript(marionette, 'return !!gDevTools.getToolboxForTab(tab);')) === true;
}

/** The toolbox's id for the extension panel titled `label` (`webext-devtools-panel-…`), or null. */
export async function extensionPanelId(marionette: MarionetteClient, label: string): Promise<string | null> {
  const id = await chromeScript(
    marionette,
    `
    const toolbox = gDevTools.getToolboxForTab(tab);
    if (!toolbox) return null;
    const tool = toolbox.getAdditionalTools().find((definition) => definition.label === arguments[0]);
    return tool ? tool.id : null;`,
    [label],
  );
  return typeof id === 'string' ? id : null;
}

/** The toolbox's definition of the extension panel titled `label`: its id and resolved icon URL. */
export async function extensionPanelDefinition(marionette: MarionetteClient, label: string): Promise<{ id: string; icon: string } | null> {
  const definition = await chromeScript(
    marionette,
    `
    const toolbox = gDevTools.getToolboxForTab(tab);
    const tool = toolbox?.getAdditionalTools().find((candidate) => candidate.label === arguments[0]);
    return tool ? { id: String(tool.id), icon: String(tool.icon) } : null;`,
    [label],
  );
  return definition === null ? null : { id: field(definition, 'id'), icon: field(definition, 'icon') };
}

export async function selectTool(marionette: MarionetteClient, toolId: string): Promise<void> {
  await chromeScript(
    marionette,
    `
    const toolbox = gDevTools.getToolboxForTab(tab);
    if (!toolbox) throw new Error('no toolbox is open on the selected tab');
    await toolbox.selectTool(arguments[0]);`,
    [toolId],
  );
}

export interface ExtensionView {
  viewType: string;
  url: string;
}

/** The add-on's live pages: `devtools_page`, `devtools_panel`, … with their URLs. */
export async function extensionViews(marionette: MarionetteClient, addonId: string): Promise<ExtensionView[]> {
  const views = await chromeScript(
    marionette,
    `
    return [...extensionOf(arguments[0]).views].map((view) => ({ viewType: String(view.viewType), url: String(view.uri?.spec ?? '') }));`,
    [addonId],
  );
  if (!Array.isArray(views)) throw new Error(`expected a list of extension views, got ${JSON.stringify(views)}`);
  return views.map((view: unknown) => ({ viewType: field(view, 'viewType'), url: field(view, 'url') }));
}

/**
 * Runs a function body inside one of the add-on's pages (`devtools_panel` for the LLM panel,
 * `devtools_page` for the devtools page) and returns its JSON-able result. Uses Marionette's own
 * window actor because the page lives in the extension process.
 */
export async function extensionPageScript(
  marionette: MarionetteClient,
  addonId: string,
  viewType: string,
  body: string,
  args: readonly unknown[] = [],
): Promise<unknown> {
  return chromeScript(
    marionette,
    `
    const view = viewOf(arguments[0], arguments[1]);
    if (!view) throw new Error('the add-on has no live ' + arguments[1] + ' page');
    const actor = view.browsingContext.currentWindowGlobal.getActor('MarionetteCommands');
    return actor.executeScript(arguments[2], arguments[3], {});`,
    [addonId, viewType, body, args],
  );
}

export interface ConsoleEntry {
  level: 'error' | 'warning' | 'info';
  source: string;
  message: string;
}

/**
 * Everything logged that came from the add-on. Its pages run in the extension process, whose
 * console calls never reach the parent's console service, so they are read the way the add-on's own
 * debugging toolbox (about:debugging, Inspect) reads them: a DevTools session on the add-on
 * (`CommandsFactory.forAddon`), which replays cached console messages and page errors. The parent's
 * console service adds errors that Firefox's own API code reports about the add-on (they name its
 * id or one of its moz-extension:// files).
 */
export async function extensionConsole(marionette: MarionetteClient, addonId: string): Promise<ConsoleEntry[]> {
  const entries = await chromeScript(
    marionette,
    `
    const id = arguments[0];
    const out = [];
    const { CommandsFactory } = require('devtools/shared/commands/commands-factory');
    const commands = await CommandsFactory.forAddon(id);
    try {
      await commands.targetCommand.startListening();
      const { TYPES } = commands.resourceCommand;
      const text = (values) => Array.from(values ?? [], (value) => { try { return String(value); } catch { return '?'; } }).join(' ');
      await commands.resourceCommand.watchResources([TYPES.CONSOLE_MESSAGE, TYPES.ERROR_MESSAGE], {
        onAvailable: (resources) => {
          for (const resource of resources) {
            if (resource.pageError) {
              out.push({ level: resource.pageError.warning ? 'warning' : 'error', source: String(resource.pageError.sourceName ?? ''), message: String(resource.pageError.errorMessage) });
            } else {
              const level = resource.level === 'error' ? 'error' : resource.level === 'warn' ? 'warning' : 'info';
              out.push({ level, source: String(resource.filename ?? ''), message: text(resource.arguments) });
            }
          }
        },
      });
    } finally {
      await commands.destroy();
    }
    const policy = WebExtensionPolicy.getByID(id);
    const origin = policy ? 'moz-extension://' + policy.mozExtensionHostname + '/' : null;
    const mentions = (value) => !!value && ((origin && value.includes(origin)) || value.includes(id));
    for (const message of Services.console.getMessageArray() ?? []) {
      if (!(message instanceof Ci.nsIScriptError) || !(mentions(message.sourceName) || mentions(message.errorMessage))) continue;
      const warning = (message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) !== 0;
      const entry = { level: warning ? 'warning' : 'error', source: message.sourceName, message: message.errorMessage };
      if (!out.some((seen) => seen.level === entry.level && seen.message === entry.message && seen.source === entry.source)) out.push(entry);
    }
    return out;`,
    [addonId],
  );
  if (!Array.isArray(entries)) throw new Error(`expected a list of console entries, got ${JSON.stringify(entries)}`);
  return entries.map((entry: unknown) => {
    const level = field(entry, 'level');
    return {
      level: level === 'error' || level === 'warning' ? level : 'info',
      source: field(entry, 'source'),
      message: field(entry, 'message'),
    };
  });
}

/** Sets a preference in the running Firefox (e.g. `devtools.theme`). */
export async function setPref(marionette: MarionetteClient, name: string, value: string): Promise<void> {
  await chromeScript(marionette, 'Services.prefs.setStringPref(arguments[0], arguments[1]);', [name, value]);
}

function field(value: unknown, name: string): string {
  const found: unknown = typeof value === 'object' && value !== null ? Object.getOwnPropertyDescriptor(value, name)?.value : undefined;
  if (typeof found !== 'string') throw new Error(`expected text in ${name} of ${JSON.stringify(value)}`);
  return found;
}
