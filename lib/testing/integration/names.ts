export const TEMPLATE_DATABASE = "mmso_test_template";
