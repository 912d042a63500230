export const THEME_STORAGE_KEY = 'theme';

/**
 * Runs in <head> before the page paints, so a stored choice never flashes the other theme
 * first. Without a stored choice the page follows prefers-color-scheme through CSS alone.
 */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
