/** The template editor's calls to the background (lib/messages.ts), handed to TemplatesSettings. */
import type { TemplatesApi } from '@/components/templates/TemplatesSettings';
import { callBackground } from './api';

export const templatesApi: TemplatesApi = {
  load: () => callBackground('options:getTemplates', {}),
  save: (templates) => callBackground('options:saveTemplates', { templates }),
};
