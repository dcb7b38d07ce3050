import "./styles.css";
import { ApiError, fetchMe } from "./api.ts";
import {
  type Language,
  loadTranslate,
  offlineTranslate,
  pickLanguage,
  type Translate,
} from "./i18n.ts";
import { applyTheme, connectTelegram, type TelegramLaunch } from "./telegram.ts";
import { mount } from "./views/dom.ts";
import { loadingView } from "./views/loading.ts";
import { type Problem, problemFromApi, problemView } from "./views/problem.ts";
import { whoAmIView } from "./views/who-am-i.ts";

const root = document.getElementById("app") as HTMLElement;

async function start(): Promise<void> {
  mount(root, loadingView());
  const telegram = await connectTelegram();
  applyTheme(telegram);
  telegram.onThemeChanged(() => applyTheme(telegram));
  // Our own loading screen is up: let Telegram drop its placeholder and give us full height.
  telegram.ready();
  telegram.expand();
  await load(telegram);
}

/** Everything that may fail and be retried: strings, then the person. */
async function load(telegram: TelegramLaunch): Promise<void> {
  const retry = () => void load(telegram);
  const close = () => telegram.close();
  let language = pickLanguage(telegram.languageCode, navigator.language);
  let t: Translate;
  try {
    t = await useLanguage(language);
  } catch {
    show(problemView("network", offlineTranslate(language), { retry }));
    return;
  }
  mount(root, loadingView(t("app-loading")));
  if (!telegram.initData) return showProblem("outside-telegram", t, { close });

  try {
    const me = await fetchMe(telegram.initData);
    // The person's stored language wins, as in the bot (/lang changes it for both).
    if (me.person.language !== language) {
      language = me.person.language;
      t = await useLanguage(language).catch(() => t);
    }
    show(whoAmIView(me, t));
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    const problem: Problem =
      error instanceof ApiError
        ? problemFromApi(error.problem)
        : { kind: "server", status: 0, requestId: undefined };
    showProblem(problem, t, { retry, close });
  }
}

async function useLanguage(language: Language): Promise<Translate> {
  const t = await loadTranslate(language);
  document.documentElement.lang = language;
  document.title = t("app-title");
  return t;
}

function showProblem(problem: Problem, t: Translate, actions: Parameters<typeof problemView>[2]) {
  show(problemView(problem, t, actions));
}

function show(view: HTMLElement): void {
  mount(root, view);
  window.scrollTo(0, 0);
}

void start();
