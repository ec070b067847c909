export { default as Field } from './Field.svelte';
export { default as TextField } from './TextField.svelte';
export { default as NumberField } from './NumberField.svelte';
export { default as SelectField } from './SelectField.svelte';
export { default as ChoiceGroup } from './ChoiceGroup.svelte';
export { default as MonthField } from './MonthField.svelte';
export { optionsFrom } from './options';
