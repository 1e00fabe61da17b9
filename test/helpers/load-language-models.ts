import { loadLanguageModels } from '../../lambda/core/stories/text/language-models.ts';

// Unit tests call the story engine directly; the use case loads the models itself.
await loadLanguageModels();
